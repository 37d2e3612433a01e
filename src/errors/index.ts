export { didYouMean } from './did-you-mean.js';
export { PREFIX, TaskdoubleError, showValue } from './taskdouble-error.js';
