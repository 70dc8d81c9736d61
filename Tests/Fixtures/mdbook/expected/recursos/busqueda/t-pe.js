window.LIBRO_BUSQUEDA.recibir("t-pe",{"pendient":[1,[7,1,8,10]],"pequen":[1,[4,1,4,1]]});
