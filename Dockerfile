# One image for the api and web services (the workspace runs TypeScript through tsx).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY graph/package.json graph/
COPY etl/package.json etl/
COPY api/package.json api/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w web
ENV NODE_ENV=production
