# syntax=docker/dockerfile:1
# The bot as a container: dist/ is built with the dev tools in the build stage; the final stage installs only the
# production dependencies and runs dist/main.js as the unprivileged `node` user. See README "Deploy".

# --- build: all dependencies, then dist/ (bundle, compiled fact core, English data) ---
FROM node:20-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# --- final: production dependencies only ---
FROM node:20-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
# The compilers are needed only while better-sqlite3 installs; removed in the same layer.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && npm ci --omit=dev \
 && npm cache clean --force \
 && apt-get purge -y python3 make g++ && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/dist ./dist
# dist/core.json is checked against the facts it was compiled from; the YAML is the fallback source.
COPY facts ./facts
# The embedded SQLite store and the pid file (used when DATABASE_URL is not set).
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
# /health answers on PORT: Slack's receiver serves it, or (Discord only) the bot's own small server.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "--max-semi-space-size=1", "--heap-growing-percent=10", "--liftoff-only", "dist/main.js"]
