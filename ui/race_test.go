//go:build race

package ui

func init() { raceDetector = true }
