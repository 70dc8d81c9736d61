window.LIBRO_BUSQUEDA.recibir("t-re",{"recurs":[1,[6,1,7,1]],"regl":[1,[6,1,7,1]],"relacion":[1,[6,1,7,1]],"repetid":[1,[2,1,3,1]],"resultad":[1,[6,1,7,1]]});
