window.LIBRO_BUSQUEDA.recibir("t-fr",{"francisc":[3,[35,1,51,1,43,1,87,1,44,1,88,1]],"fria":[1,[38,1,61,1]]});
