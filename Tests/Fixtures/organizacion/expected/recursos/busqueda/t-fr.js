window.LIBRO_BUSQUEDA.recibir("t-fr",{"francisc":[3,[35,1,51,1,8,1,36,1,1,1,1,1]],"fria":[1,[38,1,61,1]]});
