try:
  pass
except* ValueError:
  pass
else:
  pass
finally:
  pass
except* E: pass
