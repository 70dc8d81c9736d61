window.LIBRO_BUSQUEDA.recibir("t-id",{"idea":[1,[7,1,8,10]]});
