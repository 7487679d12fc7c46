// Command winprint sends a PDF to a printer with handout.Print: the
// Windows build of it runs under Wine in TestWindowsPrintUnderWine.
package main

import (
	"context"
	"fmt"
	"os"

	"veininfo/internal/handout"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	printer := ""
	if len(os.Args) > 2 {
		printer = os.Args[2]
	}
	err = handout.Print(context.Background(), data, printer)
	fmt.Println("print:", err)
	if err != nil {
		os.Exit(1)
	}
}
