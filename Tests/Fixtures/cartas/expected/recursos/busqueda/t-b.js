window.LIBRO_BUSQUEDA.recibir("t-b",{"b":[1,[1,1,3,1]]});
