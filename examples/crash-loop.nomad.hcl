# A task that crashes two seconds after every start. Its restart policy allows two restarts
# in five minutes, five seconds apart; the third crash exhausts it and the task fails
# ("Not Restarting": Exceeded allowed attempts 2 in interval 5m0s and mode is "fail").
job "crash-loop" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    restart {
      attempts = 2
      interval = "5m"
      delay    = "5s"
      mode     = "fail"
    }

    task "server" {
      driver = "mock_driver"

      config {
        run_for       = "2s"
        exit_code     = 1
        exit_err_msg  = "panic: connection refused"
        stderr_string = "dial tcp 10.0.0.7:5432: connect: connection refused\n"
      }
    }
  }
}
