package kibana

import (
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/vigilops/vigil/config/cfgerr"
)

// Defaults of the zero Config fields.
const (
	DefaultTimeout         = 30 * time.Second
	DefaultLogsName        = "vigil logs"
	DefaultAlertsID        = "vigil-alerts"
	DefaultAlertsTitle     = "vigil-alerts-*"
	DefaultAlertsName      = "vigil alert history"
	DefaultDashboardID     = "vigil-overview"
	DefaultTimeFieldName   = "@timestamp"
	defaultLogsPlaceholder = "logs-*"
)

// Config is the kibana: section of vigil.yaml: where Kibana is, how to
// authenticate, and the data views and dashboard `vigil setup` installs.
//
//	kibana:
//	  url: https://kibana.example.com
//	  api_key: ${KIBANA_API_KEY}
//	  space: oncall
//	  data_view: {id: logs-*, title: logs-*}
//	  alerts_data_view: {id: vigil-alerts, title: vigil-alerts-*}
//	  dashboard: true
type Config struct {
	// URL is Kibana's base URL (default: alerting.kibana_url). Empty: vigil
	// setup leaves Kibana alone.
	URL string `yaml:"url"`
	// Username and Password authenticate with HTTP basic auth.
	Username string `yaml:"username"`
	Password string `yaml:"password"`
	// APIKey is the base64 "id:key" API key (Authorization: ApiKey ...);
	// not with username/password.
	APIKey string `yaml:"api_key"`
	// CAFile is a PEM file of the certificate authorities to trust for
	// HTTPS (default: the system's).
	CAFile string `yaml:"ca_file"`
	// Space is the Kibana space the objects go to ("" = the default space).
	Space string `yaml:"space"`
	// Timeout bounds each request (default 30s).
	Timeout time.Duration `yaml:"timeout"`
	// DataView is the data view of the indexed logs, the one the alerts'
	// Discover links open.
	DataView DataViewConfig `yaml:"data_view"`
	// AlertsDataView is the data view of the alert history indices.
	AlertsDataView DataViewConfig `yaml:"alerts_data_view"`
	// Dashboard imports the overview dashboard (default true).
	Dashboard bool `yaml:"dashboard"`
}

// DataViewConfig names a data view. Empty fields take defaults.
type DataViewConfig struct {
	// ID is the data view's id, the one links and dashboard panels name.
	ID string `yaml:"id"`
	// Title is the index pattern the data view reads.
	Title string `yaml:"title"`
	// Name is the data view's display name in Kibana.
	Name string `yaml:"name"`
}

// Defaults are the values other config sections give the kibana section.
type Defaults struct {
	// URL is alerting.kibana_url.
	URL string
	// LogsID is alerting.data_view (the id the alerts' links open).
	LogsID string
	// LogsTitle is the index pattern of elasticsearch.index.
	LogsTitle string
}

// WithDefaults returns c with its empty fields filled from d and the
// package defaults: the logs data view's id is alerting.data_view, else
// its title; its title the index pattern of the logs.
func (c Config) WithDefaults(d Defaults) Config {
	if c.URL == "" {
		c.URL = d.URL
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.DataView.Title == "" {
		c.DataView.Title = d.LogsTitle
	}
	if c.DataView.Title == "" {
		c.DataView.Title = defaultLogsPlaceholder
	}
	if c.DataView.ID == "" {
		c.DataView.ID = d.LogsID
	}
	if c.DataView.ID == "" {
		c.DataView.ID = c.DataView.Title
	}
	if c.DataView.Name == "" {
		c.DataView.Name = DefaultLogsName
	}
	if c.AlertsDataView.ID == "" {
		c.AlertsDataView.ID = DefaultAlertsID
	}
	if c.AlertsDataView.Title == "" {
		c.AlertsDataView.Title = DefaultAlertsTitle
	}
	if c.AlertsDataView.Name == "" {
		c.AlertsDataView.Name = DefaultAlertsName
	}
	return c
}

// spaceRE is a Kibana space id: lowercase letters, digits, _ and -.
var spaceRE = regexp.MustCompile(`^[a-z0-9_-]+$`)

// ValidateAt checks the section; at is its key path ("kibana"). Errors are
// cfgerr.FieldErrors naming the key; secrets and URLs are never echoed.
func (c *Config) ValidateAt(at string) []error {
	var errs []error
	add := func(key, format string, args ...any) {
		errs = append(errs, cfgerr.Fieldf(at+"."+key, format, args...))
	}
	if c.URL != "" {
		u, err := url.Parse(c.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			add("url", "must be an absolute http or https URL (https://kibana.example.com)")
		} else if u.User != nil {
			add("url", "must not hold credentials: use username/password or api_key")
		} else if u.RawQuery != "" || u.Fragment != "" {
			add("url", "must be Kibana's base URL, without a query or fragment")
		}
	}
	if c.APIKey != "" && (c.Username != "" || c.Password != "") {
		add("api_key", "cannot be combined with username/password")
	}
	if c.Password != "" && c.Username == "" {
		add("username", "is required with password")
	}
	if c.Space != "" && !spaceRE.MatchString(c.Space) {
		add("space", "want a Kibana space id (lowercase letters, digits, _ and -), got %q", c.Space)
	}
	if c.Timeout < 0 {
		add("timeout", "must not be negative, got %s", c.Timeout)
	}
	errs = append(errs, c.DataView.validateAt(at+".data_view")...)
	errs = append(errs, c.AlertsDataView.validateAt(at+".alerts_data_view")...)
	if c.DataView.ID != "" && c.DataView.ID == c.AlertsDataView.ID {
		add("alerts_data_view.id", "must differ from data_view.id (%q)", c.DataView.ID)
	}
	return errs
}

func (d *DataViewConfig) validateAt(at string) []error {
	var errs []error
	if d.ID != "" && (strings.TrimSpace(d.ID) != d.ID || strings.ContainsAny(d.ID, "/?#%\"\\") || hasControl(d.ID)) {
		errs = append(errs, cfgerr.Fieldf(at+".id", "want an id without spaces at either end or / ? # %% \" \\, got %q", d.ID))
	}
	if d.Title != "" && (strings.TrimSpace(d.Title) != d.Title || hasControl(d.Title)) {
		errs = append(errs, cfgerr.Fieldf(at+".title", "want an index pattern such as logs-*, got %q", d.Title))
	}
	if hasControl(d.Name) {
		errs = append(errs, cfgerr.Fieldf(at+".name", "must not hold control characters"))
	}
	return errs
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return true
		}
	}
	return false
}
