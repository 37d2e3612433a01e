# A Nomad client agent config with the mock driver enabled. taskdouble reads the
# plugin "mock_driver" block (`taskdouble run --plugin-config examples/agent.hcl <job>`) and
# ignores everything else.
data_dir = "/opt/nomad/data"

client {
  enabled = true
}

plugin "docker" {
  config {
    allow_privileged = false
  }
}

plugin "mock_driver" {
  config {
    fs_isolation               = "chroot"
    shutdown_periodic_after    = true
    shutdown_periodic_duration = 3600
  }
}
