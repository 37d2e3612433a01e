# A task whose driver cannot start it. The error is recoverable, so the restart policy retries
# it twice, ten seconds apart, before the task fails.
job "start-error" {
  datacenters = ["dc1"]
  type        = "batch"

  group "worker" {
    task "job" {
      driver = "mock_driver"

      restart {
        attempts = 2
        interval = "1m"
        delay    = "10s"
        mode     = "fail"
      }

      config {
        start_block_for         = "3s"
        start_error             = "failed to pull image: registry unavailable"
        start_error_recoverable = true
      }
    }
  }
}
