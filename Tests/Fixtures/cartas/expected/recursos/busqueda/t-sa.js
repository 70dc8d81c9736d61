window.LIBRO_BUSQUEDA.recibir("t-sa",{"san":[1,[1,1,3,1]]});
