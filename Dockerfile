# CPU-only image of eventbot. Same steps as the README: torch's CPU wheel first, then the project.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    OMP_WAIT_POLICY=passive \
    EVENTBOT_INDEX__INDEX_DIR=/var/lib/eventbot/index \
    EVENTBOT_INDEX__MANAGED_SOURCES=/var/lib/eventbot/sources \
    EVENTBOT_INDEX__SOURCES=/app/data

WORKDIR /app
RUN pip install --no-cache-dir torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY index ./index
RUN pip install --no-cache-dir .
COPY config ./config
COPY data ./data

RUN useradd --create-home --uid 10001 eventbot \
    && mkdir -p /var/lib/eventbot/index /var/lib/eventbot/sources \
    && chown -R eventbot:eventbot /var/lib/eventbot
USER eventbot
VOLUME ["/var/lib/eventbot"]

# Healthy when the index opens: `eventbot status` loads it, so a damaged one fails (the bot process itself is PID 1).
HEALTHCHECK --interval=60s --timeout=20s --start-period=120s --retries=3 \
    CMD eventbot status --json > /dev/null || exit 1

CMD ["eventbot", "run", "--build-if-missing"]
