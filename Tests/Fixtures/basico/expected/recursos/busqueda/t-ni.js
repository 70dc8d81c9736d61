window.LIBRO_BUSQUEDA.recibir("t-ni",{"nino":[1,[2,1,2,1]]});
