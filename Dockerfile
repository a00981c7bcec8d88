# InBeeld as a container: compiled JavaScript, no tsx compilation at run time,
# running as the unprivileged `node` user. See docs/deploy.md.
#   docker build -t inbeeld .
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://... inbeeld

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
# Only used without DATABASE_URL (embedded PGlite); mount a volume there.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# /health/ready when this version has it (it checks the database), else /health.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const u='http://127.0.0.1:'+(process.env.PORT||3000);fetch(u+'/health/ready').then(r=>r.status===404?fetch(u+'/health'):r).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "bin/inbeeld.js", "serve"]
