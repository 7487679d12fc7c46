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

// argonHash is a parsed PHC argon2id string.
type argonHash struct {
	memory, passes uint32
	threads        uint8
	salt, key      []byte
}

// parseHash reads "$argon2id$v=19$m=...,t=...,p=...$salt$key".
func parseHash(hash string) (argonHash, error) {
	var h argonHash
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return h, fmt.Errorf("%w: it should have six parts, $argon2id$v=…$m=…,t=…,p=…$salt$hash", ErrBadHash)
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return h, fmt.Errorf("%w: version %q, want v=%d", ErrBadHash, parts[2], argon2.Version)
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &h.memory, &h.passes, &h.threads); err != nil || h.memory == 0 || h.passes == 0 || h.threads == 0 || h.memory > 1<<21 {
		return h, fmt.Errorf("%w: parameters %q", ErrBadHash, parts[3])
	}
	var err1, err2 error
	h.salt, err1 = b64.DecodeString(parts[4])
	h.key, err2 = b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(h.salt) < 8 || len(h.key) < 16 {
		return h, fmt.Errorf("%w: the salt or the hash is cut short or not base64 (was it pasted whole, in single quotes?)", ErrBadHash)
	}
	return h, nil
}

// CheckHash reports whether a stored hash can be used to check PINs.
func CheckHash(hash string) error {
	_, err := parseHash(hash)
	return err
}

// VerifyPIN reports whether pin matches hash, in constant time.
func VerifyPIN(hash, pin string) (bool, error) {
	h, err := parseHash(hash)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(pin), h.salt, h.passes, h.memory, h.threads, uint32(len(h.key)))
	return subtle.ConstantTimeCompare(got, h.key) == 1, nil
}

// Gate checks PINs and locks entry after too many wrong ones.
type Gate struct {
	hash        string
	unusable    bool // a hash was configured but cannot be read
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

// NewGate guards with the stored hash ("" for none). unusable says that the
// configuration names a hash that cannot be read: then every try fails
// with ErrBadHash, so that staff are told the PIN is broken, not missing.
func NewGate(hash string, unusable bool) *Gate {
	return &Gate{hash: hash, unusable: unusable || (hash != "" && CheckHash(hash) != nil)}
}

// Try checks a PIN at time now. A right PIN clears the failure count.
func (g *Gate) Try(pin string, now time.Time) (bool, error) {
	switch {
	case g.LockedFor(now) > 0:
		return false, ErrLocked
	case g.unusable:
		return false, ErrBadHash
	case g.hash == "":
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
