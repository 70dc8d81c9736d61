window.LIBRO_BUSQUEDA.recibir("t-na",{"nada":[1,[2,1,2,1]]});
