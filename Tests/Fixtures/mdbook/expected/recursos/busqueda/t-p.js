window.LIBRO_BUSQUEDA.recibir("t-p",{"p":[1,[4,1,4,1]]});
