# expect: exception SyntaxError
# expect: exception IndentationError
# sandbox: CPython: too many statically nested blocks
try:
 try:
  try:
   try:
    try:
     try:
      try:
       try:
        try:
         try:
          try:
           try:
            try:
             try:
              try:
               try:
                try:
                 try:
                  try:
                   try:
                    try:
                     try:
                      try:
                       try:
                        try:
                         try:
                          try:
                           try:
                            try:
                             try:
                              pass
                             except: pass
                            except: pass
                           except: pass
                          except: pass
                         except: pass
                        except: pass
                       except: pass
                      except: pass
                     except: pass
                    except: pass
                   except: pass
                  except: pass
                 except: pass
                except: pass
               except: pass
              except: pass
             except: pass
            except: pass
           except: pass
          except: pass
         except: pass
        except: pass
       except: pass
      except: pass
     except: pass
    except: pass
   except: pass
  except: pass
 except: pass
except: pass
