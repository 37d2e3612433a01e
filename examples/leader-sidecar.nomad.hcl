# A batch job whose leader does the work while a log-shipping sidecar runs beside it. A
# prestart task prepares the work first; when the leader finishes, the sidecar is killed
# ("Leader Task Dead") and the allocation completes.
job "nightly-report" {
  datacenters = ["dc1"]
  type        = "batch"

  group "report" {
    task "fetch-inputs" {
      driver = "mock_driver"

      lifecycle {
        hook    = "prestart"
        sidecar = false
      }

      config {
        run_for       = "5s"
        stdout_string = "fetched 3 inputs\n"
      }
    }

    task "log-shipper" {
      driver       = "mock_driver"
      kill_timeout = "2s"

      lifecycle {
        hook    = "prestart"
        sidecar = true
      }

      config {
        run_for                = "24h"
        stdout_string          = "shipped logs\n"
        stdout_repeat          = 1000
        stdout_repeat_duration = "10s"
      }
    }

    task "build-report" {
      driver = "mock_driver"
      leader = true

      config {
        run_for       = "45s"
        stdout_string = "report written for ${NOMAD_JOB_NAME}\n"
      }
    }
  }
}
