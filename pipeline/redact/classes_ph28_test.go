package redact

import "testing"

// Classes of ph28 kept beside na28's readers of the same corpus: the short
// "mob" key, a mobile with its country code in brackets after its owner's
// name, and the mobile words of more languages. Every value is made up.

func TestPh28MobKey(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: `msg="label generated" buyer="Testa Fakerani" mob=9000012345 awb=1260000000001`, keep: []string{"awb=1260000000001"}, gone: []string{"9000012345"}},
		{in: `{"mob_no":"9000054321","order":"OD100000000000000001"}`, keep: []string{"OD100000000000000001"}, gone: []string{"9000054321"}},
		// a mob in a game's log is no phone: no phone's digits
		{in: `spawned mob=zombie at x=12 y=40`, keep: []string{"mob=zombie", "x=12"}},
	})
}

func TestPh28BracketedMobile(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: `Pesanan OD700000017900987128 atas nama Siti Fakerah (6281200000017) dikirim`, keep: []string{"OD700000017900987128"}, gone: []string{"6281200000017"}},
		{in: `pedido 74-10000-53535 sincronizado para Ana Souza (5531900000875), entrega amanhã`, keep: []string{"74-10000-53535"}, gone: []string{"5531900000875"}},
		// a date, a national number or an id in brackets after a name stays
		{in: `shipped to Testa Fakerson (20261214), total 5`, keep: []string{"20261214"}},
		{in: `approved by Testa Fakerson (1000042), see ticket`, keep: []string{"1000042"}},
	})
}

func TestPh28MobileWords(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: `Ordine 15-50000-85669 spedito, cellulare 392-0000389`, keep: []string{"15-50000-85669"}, gone: []string{"392-0000389"}},
		{in: `livraison confirmée, cellulaire 0612000078`, gone: []string{"0612000078"}},
	})
}
