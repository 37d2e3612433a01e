# The example job of the mock driver's documentation: one task that blocks its start for a
# second, writes "hello, world!" twice ten seconds apart, and exits after 30 seconds with exit
# code 0, signal 9 and the message "error on exit". As a service job it is then restarted.
job "mock" {
  datacenters = ["dc1"]

  group "group" {
    task "task" {
      driver       = "mock_driver"
      kill_timeout = "5s"

      config {
        start_block_for        = "1s"
        run_for                = "30s"
        exit_code              = 0
        exit_signal            = 9
        exit_err_msg           = "error on exit"
        stdout_string          = "hello, world!\n"
        stdout_repeat          = 1
        stdout_repeat_duration = "10s"
        kill_after             = "3s"
      }
    }
  }
}
