's' = x
