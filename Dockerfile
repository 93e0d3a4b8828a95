# vigil: build a static binary, run it from a minimal image.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/vigil ./cmd/vigil && mkdir -p /out/state

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/vigil /usr/local/bin/vigil
# The state file's directory, writable by nonroot (a named volume mounted
# there starts with this ownership).
COPY --from=build --chown=65532:65532 /out/state /var/lib/vigil
USER nonroot
ENTRYPOINT ["/usr/local/bin/vigil"]
CMD ["run", "-c", "/etc/vigil/vigil.yaml"]
