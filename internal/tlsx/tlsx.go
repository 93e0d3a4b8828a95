// Package tlsx holds the TLS helpers vigil's clients share.
package tlsx

import (
	"crypto/x509"
	"fmt"
	"os"
)

// CAPool reads a PEM file of certificate authorities into a pool. A
// missing file, or one without a PEM certificate, is an error naming it.
func CAPool(path string) (*x509.CertPool, error) {
	pem, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%s holds no PEM certificate", path)
	}
	return pool, nil
}
