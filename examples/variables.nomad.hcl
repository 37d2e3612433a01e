# A batch step whose run time and exit code are input variables, set on the command line as
# `nomad job run -var` sets them, e.g.
# `taskdouble run examples/variables.nomad.hcl --var run_for=1m --var exit_code=3`.
variable "run_for" {
  type        = string
  default     = "10s"
  description = "How long the step runs, as a Go duration."
}

variable "exit_code" {
  type    = number
  default = 0
}

job "variables" {
  datacenters = ["dc1"]
  type        = "batch"

  group "etl" {
    task "step" {
      driver = "mock_driver"

      config {
        run_for       = var.run_for
        exit_code     = var.exit_code
        stdout_string = "step ran for ${var.run_for}\n"
      }
    }
  }
}
