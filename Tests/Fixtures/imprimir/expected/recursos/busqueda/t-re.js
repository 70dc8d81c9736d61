window.LIBRO_BUSQUEDA.recibir("t-re",{"referenci":[3,[0,1,0,1,2,1,3,1,2,1,2,10]],"regl":[1,[2,1,2,1]],"relacion":[1,[2,1,2,1]]});
