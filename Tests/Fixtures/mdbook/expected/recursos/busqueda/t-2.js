window.LIBRO_BUSQUEDA.recibir("t-2",{"2":[2,[4,1,4,10,5,2,5,10,6,10]]});
