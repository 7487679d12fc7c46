package kiosk

import "time"

// State is where the idle cycle stands.
type State int

// The states of the idle cycle: Active while someone uses the app, Warning
// while the countdown runs, Reset once it ran out (everything is put back
// and the attract screen shows until someone touches it).
const (
	Active State = iota
	Warning
	Reset
)

// Idle tells, from the time of the last activity, when to warn and when to
// reset. It keeps no clock of its own: callers pass the time, so tests can
// run a day in a microsecond.
type Idle struct {
	timeout, warning time.Duration
	last             time.Time
	reset            bool // the reset for this idle spell has happened
}

// NewIdle starts counting at now. After timeout without activity the
// warning starts; warning later comes the reset.
func NewIdle(timeout, warning time.Duration, now time.Time) *Idle {
	return &Idle{timeout: timeout, warning: warning, last: now}
}

// Touch records activity at now.
func (i *Idle) Touch(now time.Time) {
	i.last = now
	i.reset = false
}

// Check returns the state at now, and during the warning how long is left.
// Reset is returned once per idle spell; after it, Check says Active again
// until the next timeout, so the app resets once, not on every tick.
func (i *Idle) Check(now time.Time) (State, time.Duration) {
	idle := now.Sub(i.last)
	switch {
	case i.reset:
		return Active, 0
	case idle < i.timeout:
		return Active, 0
	case idle < i.timeout+i.warning:
		return Warning, i.timeout + i.warning - idle
	default:
		i.reset = true
		return Reset, 0
	}
}
