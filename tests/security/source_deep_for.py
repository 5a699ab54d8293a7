# expect: exception SyntaxError
# sandbox: CPython: too many statically nested blocks
for a0 in ():
 for a1 in ():
  for a2 in ():
   for a3 in ():
    for a4 in ():
     for a5 in ():
      for a6 in ():
       for a7 in ():
        for a8 in ():
         for a9 in ():
          for a10 in ():
           for a11 in ():
            for a12 in ():
             for a13 in ():
              for a14 in ():
               for a15 in ():
                for a16 in ():
                 for a17 in ():
                  for a18 in ():
                   for a19 in ():
                    for a20 in ():
                     for a21 in ():
                      for a22 in ():
                       for a23 in ():
                        for a24 in ():
                         pass
