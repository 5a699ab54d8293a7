try: pass
except*: pass
