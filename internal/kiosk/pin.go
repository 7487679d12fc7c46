// Package kiosk owns the rules of kiosk mode, apart from any widget: when
// the idle warning starts and when everything resets, and the admin PIN
// with its lockout after repeated wrong tries.
package kiosk

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/crypto/argon2"
)

// argon2id parameters: OWASP's minimum (19 MiB, 2 passes), slow enough to
// make guessing a short PIN from a stolen hash costly, fast enough for a
// kiosk to check a PIN in well under a second.
const (
	argonMemory  = 19 * 1024
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

var b64 = base64.RawStdEncoding

// HashPIN returns a salted argon2id hash of pin in the PHC string format
// ("$argon2id$v=19$m=...,t=...,p=...$salt$hash") for the configuration file.
func HashPIN(pin string) (string, error) {
	if err := checkPIN(pin); err != nil {
		return "", err
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pin), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemory, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// checkPIN accepts 4 to 12 digits: what an on-screen number pad can enter.
func checkPIN(pin string) error {
	if len(pin) < 4 || len(pin) > 12 || strings.Trim(pin, "0123456789") != "" {
		return errors.New("a PIN is 4 to 12 digits")
	}
	return nil
}

// ErrBadHash means the stored hash cannot be read.
var ErrBadHash = errors.New("the admin PIN hash is not a valid argon2id hash")

// VerifyPIN reports whether pin matches hash, in constant time.
func VerifyPIN(hash, pin string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, ErrBadHash
	}
	var version int
	var memory, passes uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, ErrBadHash
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &passes, &threads); err != nil || memory == 0 || passes == 0 || threads == 0 || memory > 1<<21 {
		return false, ErrBadHash
	}
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false, ErrBadHash
	}
	got := argon2.IDKey([]byte(pin), salt, passes, memory, threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// Gate checks PINs and locks entry after too many wrong ones.
type Gate struct {
	hash        string
	failures    int
	lockedUntil time.Time
}

// MaxFailures wrong PINs in a row lock entry for Lockout.
const (
	MaxFailures = 5
	Lockout     = 60 * time.Second
)

// ErrLocked means entry is locked; see Gate.LockedFor.
var ErrLocked = errors.New("locked after too many wrong PINs")

// ErrNoPIN means no admin PIN is configured: kiosk mode cannot be left.
var ErrNoPIN = errors.New("no admin PIN is configured")

// NewGate guards with the stored hash ("" for none).
func NewGate(hash string) *Gate { return &Gate{hash: hash} }

// Try checks a PIN at time now. A right PIN clears the failure count.
func (g *Gate) Try(pin string, now time.Time) (bool, error) {
	if g.LockedFor(now) > 0 {
		return false, ErrLocked
	}
	if g.hash == "" {
		return false, ErrNoPIN
	}
	ok, err := VerifyPIN(g.hash, pin)
	if err != nil {
		return false, err
	}
	if ok {
		g.failures = 0
		return true, nil
	}
	g.failures++
	if g.failures >= MaxFailures {
		g.failures = 0
		g.lockedUntil = now.Add(Lockout)
		return false, ErrLocked
	}
	return false, nil
}

// TriesLeft is how many wrong PINs are left before the lockout.
func (g *Gate) TriesLeft() int { return MaxFailures - g.failures }

// LockedFor is how long entry stays locked after now (0: not locked).
func (g *Gate) LockedFor(now time.Time) time.Duration {
	return max(0, g.lockedUntil.Sub(now))
}
