window.LIBRO_BUSQUEDA.recibir("t-ge",{"general":[1,[3,1,4,5]]});
