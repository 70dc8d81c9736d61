window.LIBRO_BUSQUEDA.recibir("t-vo",{"volver":[1,[3,1,4,1]]});
