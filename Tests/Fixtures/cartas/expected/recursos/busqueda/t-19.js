window.LIBRO_BUSQUEDA.recibir("t-19",{"196758":[1,[1,1,3,1]]});
