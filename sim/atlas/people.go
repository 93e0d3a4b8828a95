package atlas

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// buyer is a fake customer (gofakeit): every value is PII that vigil must
// redact.
type buyer struct {
	name, email, phone            string
	street, city, postal, country string
}

var phonePrefix = map[string]string{
	"SG": "+65", "ID": "+62", "TH": "+66", "PH": "+63", "MY": "+60", "JP": "+81", "DE": "+49", "BR": "+55",
}

// countries in a fixed order, so the pool does not depend on map order.
var countries = []string{"SG", "ID", "TH", "PH", "MY", "JP", "DE", "BR"}

const buyersPerCountry = 160

func (g *gen) buildBuyers(seed uint64) {
	f := gofakeit.NewFaker(rand.NewPCG(seed^0x5eed, 0xa71a5), false)
	g.buyers = map[string][]*buyer{}
	for _, c := range countries {
		pool := make([]*buyer, buyersPerCountry)
		for i := range pool {
			first, last := f.FirstName(), f.LastName()
			pool[i] = &buyer{
				name:    first + " " + last,
				email:   strings.ToLower(first) + "." + strings.ToLower(last) + strconv.Itoa(f.Number(1, 99)) + "@" + f.DomainName(),
				phone:   phonePrefix[c] + " " + f.Phone(),
				street:  f.Street(),
				city:    f.City(),
				postal:  f.Zip(),
				country: c,
			}
		}
		g.buyers[c] = pool
	}
}

func (g *gen) buyerFor(sh *shop) *buyer {
	c := "SG"
	if sh != nil {
		c = sh.country
	}
	pool := g.buyers[c]
	return pool[g.rng.IntN(len(pool))]
}
