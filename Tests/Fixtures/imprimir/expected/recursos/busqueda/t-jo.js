window.LIBRO_BUSQUEDA.recibir("t-jo",{"jossey":[1,[4,1,5,1]]});
