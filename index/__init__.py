"""The retrieval core."""

import os

# OpenMP threads (torch, FAISS) that finish their share sleep instead of spinning: beside another busy process on a
# 2-core machine, spinning threads steal the core the others need (a question took 10x longer). Set before either
# library loads its OpenMP runtime, which reads it once.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
