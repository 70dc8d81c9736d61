window.LIBRO_BUSQUEDA.recibir("t-jo",{"jossey":[1,[1,1,3,1]]});
