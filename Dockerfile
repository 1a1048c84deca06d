# Build: a static binary with everything embedded (policy text, checks, lexicon).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# -tags ne: leave out the segmenter library's own dictionaries (~33 MB); ours is
# embedded from knowledge/dict.
RUN CGO_ENABLED=0 go build -tags ne -trimpath -ldflags="-s -w" -o /policybot ./cmd/policybot
# The image has no shell or curl; its health check is this small binary.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /healthcheck ./cmd/healthcheck

# Run: no shell, no package manager, not root.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /policybot /policybot
COPY --from=build /healthcheck /healthcheck
EXPOSE 8080 9090
ENTRYPOINT ["/policybot"]
CMD ["serve"]
