window.LIBRO_BUSQUEDA.recibir("t-fa",{"fase":[1,[7,1,8,5]]});
