window.LIBRO_BUSQUEDA.recibir("t-hu",{"huert":[1,[0,1,0,10]],"huev":[1,[6,1,7,1]]});
