# args: --max-memory=64M --max-time=20s
# timeout: 30
# expect: exception MemoryError
# sandbox: expanding a huge exponent into digits is refused by the heap limit
from decimal import Decimal

print(int(Decimal('1e999999999')))
