package kiosk

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

func TestIdleCycle(t *testing.T) {
	idle := NewIdle(90*time.Second, 15*time.Second, t0)
	steps := []struct {
		at    time.Duration
		touch bool
		state State
		left  time.Duration
	}{
		{at: 0, state: Active},
		{at: 89 * time.Second, state: Active},
		{at: 90 * time.Second, state: Warning, left: 15 * time.Second},
		{at: 100 * time.Second, state: Warning, left: 5 * time.Second},
		{at: 101 * time.Second, touch: true, state: Active}, // a touch during the warning
		{at: 190 * time.Second, state: Active},              // 89 s after the touch
		{at: 191 * time.Second, state: Warning, left: 15 * time.Second},
		{at: 206 * time.Second, state: Reset},
		{at: 207 * time.Second, state: Active},               // reset only once
		{at: 3600 * time.Second, state: Active},              // the attract screen waits
		{at: 3601 * time.Second, touch: true, state: Active}, // the next patient
		{at: 3601*time.Second + 90*time.Second, state: Warning, left: 15 * time.Second},
	}
	for _, s := range steps {
		now := t0.Add(s.at)
		if s.touch {
			idle.Touch(now)
		}
		state, left := idle.Check(now)
		if state != s.state || left != s.left {
			t.Errorf("at %s: %v, %s; want %v, %s", s.at, state, left, s.state, s.left)
		}
	}
}

func TestHashAndVerifyPIN(t *testing.T) {
	hash, err := HashPIN("2468")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hash, "$argon2id$v=19$m=19456,t=2,p=1$") || strings.Contains(hash, "2468") {
		t.Errorf("hash %q", hash)
	}
	again, _ := HashPIN("2468")
	if again == hash {
		t.Error("two hashes of one PIN must differ (salt)")
	}
	for pin, want := range map[string]bool{"2468": true, "2469": false, "": false, "24680": false} {
		if ok, err := VerifyPIN(hash, pin); ok != want || err != nil {
			t.Errorf("VerifyPIN(%q) = %v, %v; want %v", pin, ok, err, want)
		}
	}
	for _, bad := range []string{"123", "12ab", "1234567890123"} {
		if _, err := HashPIN(bad); err == nil {
			t.Errorf("HashPIN(%q) should refuse", bad)
		}
	}
	for _, bad := range []string{"", "$argon2id$", "$argon2i$v=19$m=1,t=1,p=1$AA$AA", "$argon2id$v=19$m=x$AA$AA", "$argon2id$v=19$m=99999999,t=1,p=1$AA$AA"} {
		if _, err := VerifyPIN(bad, "1234"); !errors.Is(err, ErrBadHash) {
			t.Errorf("VerifyPIN with hash %q: %v", bad, err)
		}
	}
}

func TestGateLocksAfterFiveWrongPINs(t *testing.T) {
	hash, _ := HashPIN("2468")
	g := NewGate(hash, false)
	now := t0
	for i := 1; i < MaxFailures; i++ {
		if ok, err := g.Try("0000", now); ok || err != nil {
			t.Fatalf("wrong PIN %d: %v %v", i, ok, err)
		}
		if g.TriesLeft() != MaxFailures-i {
			t.Errorf("after %d wrong: %d tries left", i, g.TriesLeft())
		}
	}
	if _, err := g.Try("0000", now); !errors.Is(err, ErrLocked) {
		t.Fatalf("fifth wrong PIN: %v", err)
	}
	if got := g.LockedFor(now.Add(20 * time.Second)); got != 40*time.Second {
		t.Errorf("locked for %s after 20 s, want 40 s", got)
	}
	if ok, err := g.Try("2468", now.Add(59*time.Second)); ok || !errors.Is(err, ErrLocked) {
		t.Errorf("even the right PIN is refused while locked: %v %v", ok, err)
	}
	if ok, err := g.Try("2468", now.Add(60*time.Second)); !ok || err != nil {
		t.Errorf("after the lockout the right PIN works: %v %v", ok, err)
	}
	if g.TriesLeft() != MaxFailures {
		t.Errorf("a right PIN resets the count, %d left", g.TriesLeft())
	}
	if _, err := NewGate("", true).Try("1234", now); !errors.Is(err, ErrBadHash) {
		t.Error("a configured hash that cannot be read must say so, not that there is no PIN")
	}
	if _, err := NewGate("$argon2id$v=19$m=19456,t=2,p=1$c2Fs", false).Try("1234", now); !errors.Is(err, ErrBadHash) {
		t.Error("a hash cut short is unusable")
	}
	if _, err := NewGate("", false).Try("1234", now); !errors.Is(err, ErrNoPIN) {
		t.Errorf("no PIN configured: %v", err)
	}
}
