window.LIBRO_BUSQUEDA.recibir("t-vo",{"volver":[1,[7,1,8,1]]});
