# A task that would take 20 seconds to die (kill_after) while Nomad waits only 5 seconds
# (kill_timeout) before force killing it. Stop it to see the kill flow, e.g.
# `taskdouble run examples/slow-kill.nomad.hcl --stop-at 10s`.
job "slow-kill" {
  datacenters = ["dc1"]

  group "cache" {
    task "redis" {
      driver       = "mock_driver"
      kill_timeout = "5s"
      kill_signal  = "SIGTERM"

      config {
        run_for       = "1h"
        kill_after    = "20s"
        exit_code     = 137
        exit_signal   = 9
        stdout_string = "Ready to accept connections\n"
      }
    }
  }
}
