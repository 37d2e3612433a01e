// The public surface of taskdouble: explicit named exports only.
export {};
