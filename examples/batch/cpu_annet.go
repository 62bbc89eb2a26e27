//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import "time"

// cpuTid gir false: prosessens CPU-tid er ikke tilgjengelig her.
func cpuTid() (time.Duration, bool) { return 0, false }
