window.LIBRO_BUSQUEDA.recibir("t-2",{"2":[2,[4,1,4,10,1,2,1,10,1,10]]});
